// The demo matchmaking population: fictional people (all marked sample) grounded in Hanoi's digital
// public services — plan 86's online procedures, queue tickets taken from home, land data for 126
// communes, AI assistants for officials. Pure data; demo.server.ts writes it.

/** One demo person: [name, organisation, category, language, offers, seeks, offer text, seek text, topics, country]. */
export interface DemoPerson {
  key: string;
  fullName: string;
  organisation: string;
  category: 'government' | 'business' | 'startup' | 'academia' | 'international-organisation';
  language: 'vi' | 'en';
  country: string;
  offers: string[];
  seeks: string[];
  offerText: string;
  seekText: string;
  topics: string[];
  markets: string[];
  languages: string[];
}

type Row = [string, string, DemoPerson['category'], 'vi' | 'en', string, string[], string[], string, string, string[]];

// [name, organisation, category, language, country, offers, seeks, offerText, seekText, topics]
const ROWS: Row[] = [
  ['Phạm Văn Đức', 'UBND phường Hoàn Kiếm (mẫu)', 'government', 'vi', 'VN', ['pilot-sites', 'data-sharing'], ['queue-management', 'ai-assistants'], 'Địa điểm thí điểm tại bộ phận một cửa của phường', 'Phần mềm bốc số xếp hàng từ xa cho người dân', ['e-government', 'citizen-services']],
  ['Lê Thị Hương', 'UBND xã Thanh Trì (mẫu)', 'government', 'vi', 'VN', ['pilot-sites'], ['queue-management', 'digital-skills'], 'Thí điểm lấy số thứ tự tại nhà cho người cao tuổi', 'Ứng dụng xếp hàng trực tuyến, ưu tiên người khuyết tật', ['citizen-services', 'inclusion']],
  ['Ngô Minh Tuấn', 'Sở Nội vụ Hà Nội (mẫu)', 'government', 'vi', 'VN', ['pilot-partners', 'expertise'], ['ai-assistants', 'civil-servant-training'], 'Kinh nghiệm cải cách thủ tục hành chính theo kế hoạch 86', 'Trợ lý AI hỗ trợ cán bộ xử lý hồ sơ', ['e-government', 'ai']],
  ['Đỗ Thu Trang', 'Sở Tài nguyên và Môi trường (mẫu)', 'government', 'vi', 'VN', ['open-datasets', 'pilot-sites'], ['land-records', 'gis-mapping'], 'Dữ liệu đất đai của 126 xã, phường', 'Nền tảng số hóa hồ sơ địa chính và bản đồ GIS', ['land-data', 'open-data']],
  ['Trịnh Quốc Bảo', 'Trung tâm Phục vụ hành chính công Hà Nội (mẫu)', 'government', 'vi', 'VN', ['pilot-sites', 'data-sharing'], ['one-stop-portal', 'digital-identity'], 'Hơn 95% hồ sơ tiếp nhận trực tuyến là mục tiêu chung', 'Cổng một cửa điện tử và định danh số cho thủ tục trực tuyến', ['e-government', 'citizen-services']],
  ['Vũ Thị Mai', 'UBND quận Cầu Giấy (mẫu)', 'government', 'vi', 'VN', ['pilot-sites'], ['document-management', 'ai-assistants'], 'Thí điểm số hóa hồ sơ tại quận', 'Quản lý văn bản điện tử có hỗ trợ AI', ['e-government', 'ai']],
  ['Hoàng Văn Nam', 'Sở Giao thông vận tải (mẫu)', 'government', 'vi', 'VN', ['pilot-sites', 'open-datasets'], ['traffic-sensors', 'adaptive-signals'], 'Nút giao thí điểm và dữ liệu lưu lượng', 'Cảm biến giao thông và đèn tín hiệu thích ứng', ['mobility']],
  ['Bùi Thanh Hà', 'Sở Y tế Hà Nội (mẫu)', 'government', 'vi', 'VN', ['pilot-sites'], ['telehealth', 'health-records'], 'Trạm y tế xã làm điểm thí điểm', 'Hồ sơ sức khỏe điện tử và khám từ xa', ['health']],
  ['Nguyễn Hải Long', 'Sở Khoa học và Công nghệ (mẫu)', 'government', 'vi', 'VN', ['grants', 'pilot-partners'], ['open-data-platforms', 'digital-twin'], 'Quỹ hỗ trợ đổi mới sáng tạo cho thành phố', 'Nền tảng dữ liệu mở và bản sao số đô thị', ['open-data', 'digital-twins']],
  ['Kim Ji-woo', 'Seoul Digital Foundation (sample)', 'international-organisation', 'en', 'KR', ['expertise', 'consulting'], ['pilot-partners'], 'Experience running Seoul online civil service counters', 'City partners to pilot digital public services', ['e-government', 'citizen-services']],
  ['Trần Quốc Việt', 'SoThuTu Tech (mẫu)', 'startup', 'vi', 'VN', ['queue-management', 'software'], ['pilot-sites', 'seed-funding'], 'Phần mềm bốc số xếp hàng, lấy số tại nhà qua ứng dụng', 'Phường xã thí điểm và vốn hạt giống', ['citizen-services', 'e-government']],
  ['Linh Nguyen', 'QueueLess Asia (sample)', 'startup', 'en', 'SG', ['queue-management', 'software'], ['pilot-sites', 'distribution-partners'], 'Remote queue tickets for public service counters', 'Pilot sites in Hanoi communes and a local reseller', ['citizen-services']],
  ['Đặng Thùy Linh', 'TroLyCanBo AI (mẫu)', 'startup', 'vi', 'VN', ['ai-assistants', 'software'], ['pilot-sites', 'growth-funding'], 'Trợ lý AI cho cán bộ: tóm tắt hồ sơ, gợi ý văn bản', 'Cơ quan thí điểm và nhà đầu tư giai đoạn tăng trưởng', ['ai', 'e-government']],
  ['Arjun Mehta', 'CivicGPT Labs (sample)', 'startup', 'en', 'IN', ['ai-assistants'], ['pilot-partners', 'seed-funding'], 'AI assistants for officials handling citizen requests', 'Government pilot partners and seed investors', ['ai']],
  ['Phan Đức Anh', 'DiaChinh Số (mẫu)', 'startup', 'vi', 'VN', ['land-records', 'gis-mapping'], ['open-datasets', 'pilot-sites'], 'Số hóa hồ sơ địa chính, bản đồ đất đai trực tuyến', 'Dữ liệu đất đai xã phường để thí điểm', ['land-data']],
  ['Mai Anh Thư', 'eKYC Việt (mẫu)', 'startup', 'vi', 'VN', ['digital-identity', 'software'], ['pilot-sites', 'technology-partners'], 'Định danh điện tử cho thủ tục hành chính trực tuyến', 'Trung tâm hành chính công thí điểm', ['e-government', 'cybersecurity']],
  ['Lý Gia Huy', 'ParkSmart HN (mẫu)', 'startup', 'vi', 'VN', ['parking', 'hardware'], ['pilot-sites', 'seed-funding'], 'Bãi đỗ xe thông minh với cảm biến', 'Quận thí điểm và vốn hạt giống', ['mobility']],
  ['Sophie Laurent', 'AirSense Mekong (sample)', 'startup', 'en', 'FR', ['air-quality-monitoring', 'hardware'], ['pilot-sites'], 'Low-cost air quality sensors with open data', 'City districts to deploy sensors', ['climate', 'open-data']],
  ['Võ Minh Khang', 'HocSo Edu (mẫu)', 'startup', 'vi', 'VN', ['digital-skills', 'civil-servant-training'], ['pilot-partners'], 'Khóa học kỹ năng số cho cán bộ và người dân', 'Đơn vị hành chính muốn đào tạo', ['education', 'inclusion']],
  ['Trương Thị Nga', 'ThanhToan Công (mẫu)', 'startup', 'vi', 'VN', ['fee-collection', 'cashless-payments'], ['pilot-sites'], 'Thu phí, lệ phí thủ tục không dùng tiền mặt', 'Bộ phận một cửa thí điểm thanh toán', ['fintech', 'e-government']],
  ['Nguyễn Văn Thành', 'VNPT Hà Nội (mẫu)', 'business', 'vi', 'VN', ['one-stop-portal', 'solutions'], ['pilot-partners', 'technology-partners'], 'Cổng dịch vụ công một cửa cho quận huyện', 'Đối tác công nghệ AI và thí điểm', ['e-government']],
  ['Hiroshi Sato', 'Nippon Smart Signals (sample)', 'business', 'en', 'JP', ['adaptive-signals', 'traffic-sensors'], ['distribution-partners', 'pilot-sites'], 'Adaptive traffic signal controllers proven in Osaka', 'A Hanoi pilot junction and a local distributor', ['mobility']],
  ['Chen Wei', 'Shenzhen Urban IoT (sample)', 'business', 'en', 'CN', ['traffic-sensors', 'video-surveillance'], ['distribution-partners'], 'Traffic sensors and camera analytics', 'Vietnamese distribution partners', ['mobility', 'cybersecurity']],
  ['Lê Hoàng Phúc', 'FPT Digital Gov (mẫu)', 'business', 'vi', 'VN', ['document-management', 'ai-assistants'], ['pilot-partners'], 'Hệ thống quản lý văn bản tích hợp trợ lý AI', 'Sở ngành muốn thí điểm', ['ai', 'e-government']],
  ['Đinh Thị Lan Anh', 'Viettel Solutions (mẫu)', 'business', 'vi', 'VN', ['security-operations', 'data-protection'], ['pilot-partners'], 'Trung tâm giám sát an ninh mạng cho cơ quan nhà nước', 'Cơ quan cần bảo vệ dữ liệu công dân', ['cybersecurity']],
  ['Maria Santos', 'Manila GIS Works (sample)', 'business', 'en', 'PH', ['gis-mapping', 'digital-twin'], ['distribution-partners', 'open-datasets'], 'GIS mapping and digital twins for land offices', 'Open land data and a local partner', ['land-data', 'digital-twins']],
  ['Park Min-jun', 'K-Health Cloud (sample)', 'business', 'en', 'KR', ['health-records', 'telehealth'], ['pilot-sites'], 'Electronic health records for commune clinics', 'Hanoi clinics to pilot', ['health']],
  ['Tạ Quang Dũng', 'SolarHanoi (mẫu)', 'business', 'vi', 'VN', ['rooftop-solar', 'smart-street-lighting'], ['pilot-sites'], 'Điện mặt trời áp mái và chiếu sáng thông minh', 'Công trình công để thí điểm', ['energy', 'climate']],
  ['Hồ Bảo Ngọc', 'Quỹ Đầu tư Đổi mới Sông Hồng (mẫu)', 'business', 'vi', 'VN', ['seed-funding', 'growth-funding'], ['queue-management', 'ai-assistants'], 'Vốn hạt giống và tăng trưởng cho GovTech', 'Khởi nghiệp dịch vụ công số có khách hàng thí điểm', ['fintech', 'e-government']],
  ['Rachel Tan', 'Lion City Ventures (sample)', 'business', 'en', 'SG', ['seed-funding', 'investment'], ['ai-assistants', 'digital-identity'], 'Seed investment in Southeast Asian GovTech', 'Startups with government pilots', ['ai', 'fintech']],
  ['Takeshi Mori', 'JICA Urban Fund (sample)', 'international-organisation', 'en', 'JP', ['grants', 'expertise'], ['pilot-partners'], 'Grants for digital public service pilots', 'Hanoi agencies ready to pilot', ['e-government', 'inclusion']],
  ['Nguyễn Thị Bích', 'ADB Việt Nam (mẫu)', 'international-organisation', 'vi', 'VN', ['grants', 'consulting'], ['pilot-partners'], 'Hỗ trợ kỹ thuật cho chuyển đổi số đô thị', 'Thành phố muốn thí điểm', ['climate', 'e-government']],
  ['Phí Thành Công', 'Đại học Bách khoa Hà Nội (mẫu)', 'academia', 'vi', 'VN', ['research', 'talent'], ['data-sharing', 'pilot-partners'], 'Nghiên cứu AI tiếng Việt, kỹ sư trẻ', 'Dữ liệu và đối tác thí điểm', ['ai', 'education']],
  ['Emma Wilson', 'RMIT Vietnam Smart City Lab (sample)', 'academia', 'en', 'AU', ['research', 'expertise'], ['open-datasets'], 'Evaluation of e-government adoption', 'Open data on online procedures', ['e-government', 'open-data']],
  ['Lương Văn Hòa', 'Viện Quy hoạch Hà Nội (mẫu)', 'academia', 'vi', 'VN', ['expertise', 'research'], ['digital-twin', 'gis-mapping'], 'Quy hoạch đô thị và dữ liệu không gian', 'Bản sao số cho quy hoạch', ['digital-twins', 'land-data']],
  ['Kiều Minh Châu', 'XepHang365 (mẫu)', 'startup', 'vi', 'VN', ['queue-management', 'software'], ['pilot-sites', 'seed-funding'], 'Phần mềm xếp hàng, lấy số thứ tự trực tuyến', 'Phường xã thí điểm', ['citizen-services']],
  ['Ahmad Rahman', 'Kuala Lumpur Waste Tech (sample)', 'business', 'en', 'MY', ['waste-management', 'hardware'], ['pilot-sites'], 'Smart bins and collection routing', 'A district to pilot', ['climate']],
  ['Đoàn Thị Hạnh', 'UBND xã Sóc Sơn (mẫu)', 'government', 'vi', 'VN', ['pilot-sites'], ['digital-skills', 'queue-management'], 'Xã thí điểm đưa dịch vụ công đến tận nhà', 'Đào tạo kỹ năng số và xếp hàng trực tuyến', ['inclusion', 'citizen-services']],
  ['Ông Văn Khải', 'Sở Tư pháp Hà Nội (mẫu)', 'government', 'vi', 'VN', ['pilot-sites', 'data-sharing'], ['document-management', 'digital-identity'], 'Hộ tịch điện tử: điểm thí điểm', 'Quản lý hồ sơ và định danh điện tử', ['e-government']],
  ['Isabel Cruz', 'OpenGov Asia Network (sample)', 'international-organisation', 'en', 'PH', ['expertise', 'partners'], ['open-data-platforms'], 'Peer network of open-government cities', 'Open data platforms to showcase', ['open-data', 'e-government']],
  ['Cao Thị Thảo', 'GreenMove EV (mẫu)', 'startup', 'vi', 'VN', ['e-mobility-charging', 'hardware'], ['pilot-sites', 'growth-funding'], 'Trạm sạc xe điện công cộng', 'Vị trí đặt trạm và vốn tăng trưởng', ['mobility', 'energy']],
];

/** The demo people (42), each with its languages and markets filled in. */
export function demoPeople(): DemoPerson[] {
  return ROWS.map(([fullName, organisation, category, language, country, offers, seeks, offerText, seekText, topics], i) => ({
    key: `mm${String(i + 1).padStart(2, '0')}`,
    fullName: fullName.includes('(') ? fullName : `${fullName} (${language === 'vi' ? 'mẫu' : 'sample'})`,
    organisation,
    category,
    language,
    country,
    offers,
    seeks,
    offerText,
    seekText,
    topics,
    markets: country === 'VN' ? ['VN', 'Hà Nội'] : [country, 'Hà Nội'],
    languages: language === 'vi' ? ['vi', 'en'] : ['en'],
  }));
}
