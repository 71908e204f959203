// Camera scanning for the check-in desk, only where the browser has BarcodeDetector:
// a detected QR code fills the form's code field and submits the form, so the server
// does exactly what it does for a typed code. Without support the typed form is all there is.
import { useEffect, useRef, useState } from 'react';

interface Labels {
  scan: string;
  stopScan: string;
  scanning: string;
  cameraDenied: string;
  unsupported: string;
}

interface Props {
  formId: string;
  inputId: string;
  labels: Labels;
}

// BarcodeDetector is not in TypeScript's DOM library yet; this is the part we use.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

type Phase = 'checking' | 'unsupported' | 'idle' | 'scanning' | 'denied';

/** The "scan with camera" button and live preview. */
export default function QrScanner({ formId, inputId, labels }: Props) {
  const [phase, setPhase] = useState<Phase>('checking');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const supported = Boolean(detectorClass()) && typeof navigator.mediaDevices?.getUserMedia === 'function';
    setPhase(supported ? 'idle' : 'unsupported');
    return stop;
  }, []);

  function stop() {
    if (timer.current !== undefined) window.clearInterval(timer.current);
    timer.current = undefined;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  }

  function found(value: string) {
    const input = document.getElementById(inputId);
    const form = document.getElementById(formId);
    if (!(input instanceof HTMLInputElement) || !(form instanceof HTMLFormElement)) return;
    stop();
    setPhase('idle');
    input.value = value;
    form.requestSubmit();
  }

  async function start() {
    const Detector = detectorClass();
    if (!Detector || !video.current) return;
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch {
      setPhase('denied');
      return;
    }
    const detector = new Detector({ formats: ['qr_code'] });
    const el = video.current;
    el.srcObject = stream.current;
    await el.play().catch(() => undefined);
    setPhase('scanning');
    let busy = false;
    timer.current = window.setInterval(() => {
      if (busy || el.readyState < 2) return;
      busy = true;
      detector
        .detect(el)
        .then((codes) => {
          const first = codes.find((c) => c.rawValue);
          if (first) found(first.rawValue);
        })
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    }, 250);
  }

  if (phase === 'checking') return null;
  if (phase === 'unsupported') return <p className="qr-scanner__note">{labels.unsupported}</p>;
  const scanning = phase === 'scanning';
  return (
    <div className="qr-scanner">
      <button
        type="button"
        className="button--ghost"
        onClick={() => {
          if (scanning) {
            stop();
            setPhase('idle');
          } else {
            void start();
          }
        }}
      >
        {scanning ? labels.stopScan : labels.scan}
      </button>
      <p aria-live="polite" className="qr-scanner__note">
        {scanning ? labels.scanning : phase === 'denied' ? labels.cameraDenied : ''}
      </p>
      <video
        ref={video}
        muted
        playsInline
        hidden={!scanning}
        style={{ width: '100%', maxWidth: '24rem' }}
        aria-hidden="true"
      />
    </div>
  );
}
