<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="ko_KR">
<context>
    <name>AccountDetail</name>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="64" />
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="64" />
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="65" />
        <source>연락처</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="65" />
        <source>가격 정책</source>
        <translation>Pricing policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="66" />
        <source>계약</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="66" />
        <source>만료일</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="76" />
        <source>사이트</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="82" />
        <source>사이트 추가</source>
        <translation>Add site</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="83" />
        <source>사이트 수정</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="94" />
        <source>라이선스</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="97" />
        <source>주문 내역</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="109" />
        <source>고객 계정을 고르세요</source>
        <translation>Choose an account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="121" />
        <source>자동 연장</source>
        <translation>Auto-renew</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="121" />
        <source>연장 안 함</source>
        <translation>No renewal</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="17" />
        <source>고객 계정 편집</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="17" />
        <source>새 고객 계정</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="19" />
        <source>회사 이름</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="20" />
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="22" />
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="23" />
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="24" />
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="25" />
        <source>관리자 이메일</source>
        <translation>Admin email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="26" />
        <source>가격 정책</source>
        <translation>Pricing policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="28" />
        <source>계약 기간</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="30" />
        <source>자동 연장</source>
        <translation>Auto-renew</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="30" />
        <source>만료일에 자동 연장</source>
        <translation>Renew automatically at expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="32" />
        <source>만료일 있음</source>
        <translation>Has an expiry date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/account_dialog.py" line="34" />
        <source>만료일</source>
        <translation>Expiry</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="69" />
        <source>새 고객 계정</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="72" />
        <source>계정 수정</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="86" />
        <source>이름, 사업자등록번호, 접속 주소로 찾기 (Ctrl+F)</source>
        <translation>Find by name, business number or address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="90" />
        <source>모든 상태</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="125" />
        <source>고객 계정 %1개</source>
        <translation>%1 accounts</translation>
    </message>
</context>
<context>
    <name>CalculatorView</name>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="37" />
        <source>계정 없이 (견적 준비)</source>
        <translation>No account (prepare a quote)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="40" />
        <source>고객 계정</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="55" />
        <source>개월</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="58" />
        <source>상품·기간</source>
        <translation>Product &amp; term</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="62" />
        <source>할인코드 (선택)</source>
        <translation>Discount code (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="67" />
        <source>할인코드</source>
        <translation>Discount code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="77" />
        <source>회사 추가</source>
        <translation>Add company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="79" />
        <source>주문하기…</source>
        <translation>Order…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="201" />
        <source>계정을 고르면 주문할 수 있습니다</source>
        <translation>Choose an account to order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="211" />
        <source>주문 완료</source>
        <translation>Complete the order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calculator_view.py" line="212" />
        <source>주문을 마쳤습니다. 합계 %1</source>
        <translation>The order is complete. Total %1</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="112" />
        <source>새 가격표…</source>
        <translation>New price list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="114" />
        <source>카탈로그</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="116" />
        <source>가격표</source>
        <translation>Price list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="132" />
        <source>가격을 바꾸려면 카탈로그 권한이 필요합니다 (K3).</source>
        <translation>Changing prices needs the catalog permission (K3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="153" />
        <source> (현재 적용)</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="154" />
        <source>%1 부터</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="165" />
        <source>가격은 부가세 별도입니다 (M2). 표본값 %1개는 공급사 자료에 없는 예시 가격입니다 (K4).</source>
        <translation>Prices exclude VAT (M2). %1 sample values are example prices not given by the vendor (K4).</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="29" />
        <source>할인코드 편집</source>
        <translation>Edit discount code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="29" />
        <source>새 할인코드</source>
        <translation>New discount code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="31" />
        <source>코드</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="32" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="33" />
        <source>정률 (%)</source>
        <translation>Percent (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="33" />
        <source>정액 (원)</source>
        <translation>Amount (won)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="34" />
        <source>할인 값</source>
        <translation>Discount value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="35" />
        <source>시작일 지정</source>
        <translation>Has a start date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="36" />
        <source>종료일 지정</source>
        <translation>Has an end date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="37" />
        <source>최대 사용 횟수 (0 = 제한 없음)</source>
        <translation>Maximum uses (0 = no limit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="39" />
        <source>최소 사용자 수 (0 = 제한 없음)</source>
        <translation>Minimum users (0 = no limit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="41" />
        <source>적용 상품 (쉼표로 구분, 비우면 전체)</source>
        <translation>Products (comma-separated; empty: all)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="43" />
        <source>사용</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/code_dialog.py" line="43" />
        <source>이 코드를 쓸 수 있음</source>
        <translation>This code can be used</translation>
    </message>
</context>
<context>
    <name>CompanyGrid</name>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="157" />
        <source>회사</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="157" />
        <source>에디션</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="157" />
        <source>패키지</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="157" />
        <source>사용자</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>CompanyRow</name>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="43" />
        <location filename="../../desktop_app/views/calc_rows.py" line="81" />
        <source>명</source>
        <translation> users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="51" />
        <source>연장</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="53" />
        <source>이 회사를 뺍니다</source>
        <translation>Remove this company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="68" />
        <source>현재: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="105" />
        <source>무료 사이트는 연장할 것이 없습니다 (주문 가능 표 §5).</source>
        <translation>A free site has nothing to extend (operation matrix §5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="111" />
        <source>유료 사이트는 무료 패키지로 바꿀 수 없습니다 (§5).</source>
        <translation>A paid site cannot change to the free package (§5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/calc_rows.py" line="122" />
        <source>회사</source>
        <translation>Company</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="20" />
        <source>사용자 CSV 가져오기</source>
        <translation>Import users from CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="25" />
        <source>첫 줄에 name,email (또는 이름,이메일) 머리글이 있는 CSV 파일을 고르세요.</source>
        <translation>Choose a CSV file whose first line is the header name,email.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="29" />
        <source>파일 선택…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="43" />
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="45" />
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="52" />
        <source>CSV 파일</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="63" />
        <source>파일을 읽을 수 없습니다: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="69" />
        <source>가져올 수 있는 줄 %1개, 잘못된 줄 %2개.</source>
        <translation>%1 lines can be imported, %2 lines are bad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="71" />
        <source>잘못된 줄은 가져오지 않습니다.</source>
        <translation>Bad lines are not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="77" />
        <source>%1번째 줄: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="89" />
        <source>%1명을 가져왔습니다.</source>
        <translation>Imported %1 users.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/csv_import_dialog.py" line="91" />
        <source>%1줄은 가져오지 않았습니다 (아래 이유).</source>
        <translation>%1 lines were not imported (reasons below).</translation>
    </message>
</context>
<context>
    <name>DiscountsView</name>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="44" />
        <source>새 할인코드</source>
        <translation>New discount code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="46" />
        <source>수정</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/form.py" line="36" />
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/form.py" line="37" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LicencesPanel</name>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="50" />
        <source>사용자 추가</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="51" />
        <source>수정</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="52" />
        <location filename="../../desktop_app/views/licences_panel.py" line="98" />
        <source>비활성화</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="53" />
        <source>CSV 가져오기…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="67" />
        <source>라이선스 — %1</source>
        <translation>Licences — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="67" />
        <source>라이선스</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="73" />
        <source>사이트를 고르면 라이선스가 보입니다.</source>
        <translation>Choose a site to see its licences.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="78" />
        <source>무료 한도</source>
        <translation>Free limit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="78" />
        <source>구매</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="79" />
        <source>%1 %2석 · 사용자 %3명 · 남은 좌석 %4</source>
        <translation>%1 %2 seats · %3 users · %4 seats free</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="82" />
        <source>초과 사용 %1명</source>
        <translation>%1 over the limit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="97" />
        <source>다시 활성화</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="124" />
        <source>사용자</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="25" />
        <source>고객 계정·사이트</source>
        <translation>Accounts &amp; sites</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="27" />
        <source>주문 계산기</source>
        <translation>Order calculator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="28" />
        <source>할인코드</source>
        <translation>Discount codes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="29" />
        <source>카탈로그</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="78" />
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="79" />
        <source>설정…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="83" />
        <source>끝내기</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="87" />
        <source>도움말(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="88" />
        <source>정보</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/main_window.py" line="97" />
        <source>설정을 저장했습니다. 언어와 데이터베이스는 다시 시작하면 바뀝니다.</source>
        <translation>Settings saved. Language and database change at the next start.</translation>
    </message>
</context>
<context>
    <name>NamedUserDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/named_user_dialog.py" line="15" />
        <source>사용자 편집</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/named_user_dialog.py" line="15" />
        <source>새 사용자</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/named_user_dialog.py" line="17" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/named_user_dialog.py" line="18" />
        <source>이메일</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>NaverPanel</name>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="42" />
        <source>전환 예약</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="43" />
        <source>예약 취소</source>
        <translation>Cancel reservation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="46" />
        <source>유료 전환 (W2)</source>
        <translation>Trial to paid (W2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="49" />
        <source>업그레이드 요청</source>
        <translation>Request upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="52" />
        <source>업그레이드 (W3)</source>
        <translation>Upgrade (W3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="54" />
        <source>+1TB</source>
        <translation>+1 TB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="55" />
        <source>−1TB 반납</source>
        <translation>Return 1 TB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="59" />
        <source>추가 저장공간 (W4)</source>
        <translation>Extra storage (W4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="79" />
        <source> · 업그레이드 요청됨: %1</source>
        <translation> · upgrade requested: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="81" />
        <source>전환 예약: %1, %2</source>
        <translation>Reserved: %1 on %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="82" />
        <source>전환 예약 없음</source>
        <translation>No reservation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="83" />
        <source>체험 종료일 %1</source>
        <translation>Trial ends %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="87" />
        <source>공용 저장공간 %1GB (추가 %2TB) · 사용 %3GB · LINE WORKS %4GB</source>
        <translation>Shared storage %1 GB (extra %2 TB) · used %3 GB · LINE WORKS %4 GB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/naver_panel.py" line="103" />
        <source>Collabo 와 Collabo+ 는 업그레이드가 없습니다 (W3).</source>
        <translation>Collabo and Collabo+ have no upgrade (W3).</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="33" />
        <source>주문 — %1</source>
        <translation>Order — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="52" />
        <source>이전</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="53" />
        <source>다음</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="54" />
        <source>주문 완료</source>
        <translation>Complete the order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="56" />
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="71" />
        <source>1. 서비스 신청</source>
        <translation>1. Service application</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="71" />
        <source>2. 서비스 개설 정보</source>
        <translation>2. Opening details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="71" />
        <source>3. 결제</source>
        <translation>3. Payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="84" />
        <source>새 사이트 %1: %2 %3 · %4명</source>
        <translation>New site %1: %2 %3 · %4 users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="88" />
        <source> · 기간 연장</source>
        <translation> · extend the term</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="89" />
        <source>변경 %1: %2 %3 · %4명</source>
        <translation>Change %1: %2 %3 · %4 users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="95" />
        <source>공급가액 %1 · 부가세 %2 · 합계 %3</source>
        <translation>Supply %1 · VAT %2 · Total %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="110" />
        <source>새로 여는 사이트가 없어 개설 정보가 필요 없습니다.</source>
        <translation>No new site is opened, so no opening details are needed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="115" />
        <source>접속 주소(서브도메인)</source>
        <translation>Access address (sub-domain)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="116" />
        <source>대표 관리자 이름</source>
        <translation>Representative admin name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="117" />
        <source>대표 관리자 로그인 ID</source>
        <translation>Representative admin login ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="118" />
        <source>메일 도메인 (선택)</source>
        <translation>Mail domain (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="140" />
        <source>카드</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="140" />
        <source>계좌이체</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="141" />
        <source>무통장입금 (가상계좌)</source>
        <translation>Deposit to a virtual account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/order_dialog.py" line="152" />
        <source>서비스 이용 약관과 개인정보 처리 방침에 동의합니다</source>
        <translation>I accept the terms of service and the privacy policy</translation>
    </message>
</context>
<context>
    <name>PanelModel</name>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="51" />
        <source>항목</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="51" />
        <source>규칙</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="51" />
        <source>금액</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>PricePanel</name>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="101" />
        <source>라이선스 %1 · %2명 × %3 × %4개월</source>
        <translation>Licences %1 · %2 users × %3 × %4 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="105" />
        <source>사용자 구간 할인 (%1)</source>
        <translation>Volume discount (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="107" />
        <source>연간 계약 할인 %1%</source>
        <translation>Annual discount %1%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="112" />
        <source> × %1개월</source>
        <translation> × %1 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="114" />
        <source>설치비 (패키지 변경)</source>
        <translation>Setup fee (package change)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="117" />
        <source>일할 계산: (%1 − %2) × %3/%4일</source>
        <translation>Pro rata: (%1 − %2) × %3/%4 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="131" />
        <source>계산할 수 없습니다</source>
        <translation>Cannot price this order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="139" />
        <source>시작일 %1 (C4)</source>
        <translation>Starts %1 (C4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="142" />
        <source>무료 (P1)</source>
        <translation>Free (P1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="142" />
        <source>변경 없음</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="143" />
        <source>소계</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="146" />
        <source>할인코드 %1</source>
        <translation>Discount code %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="147" />
        <source>공급가액</source>
        <translation>Supply amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="148" />
        <source>부가세 10%</source>
        <translation>VAT 10%</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="149" />
        <source>합계</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="154" />
        <source>1년 비용 비교 (공급가액)</source>
        <translation>One year compared (supply amount)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="155" />
        <source>1개월 자동 결제 × 12개월</source>
        <translation>1-month auto-pay × 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="156" />
        <source>12개월 계약</source>
        <translation>12-month term</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/price_panel.py" line="157" />
        <source>연간 계약 절감액</source>
        <translation>Saving with the 12-month term</translation>
    </message>
</context>
<context>
    <name>PriceVersionDialog</name>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="52" />
        <source>새 가격표</source>
        <translation>New price list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="60" />
        <source>적용 시작일</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="63" />
        <source>상품</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="63" />
        <source>가격 (원)</source>
        <translation>Price (won)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/settings_dialog.py" line="13" />
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/settings_dialog.py" line="15" />
        <source>화면 언어</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/settings_dialog.py" line="18" />
        <source>데이터베이스 (파일 또는 URL)</source>
        <translation>Database (file or URL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/settings_dialog.py" line="19" />
        <source>비우면 사용자 데이터 폴더의 기본 파일</source>
        <translation>Empty: the default file in the user's data folder</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="16" />
        <source>사이트 편집</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="16" />
        <source>새 사이트</source>
        <translation>New site</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="18" />
        <source>사이트(회사) 이름</source>
        <translation>Site (company) name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="19" />
        <source>공급사</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="21" />
        <source>패키지</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="22" />
        <source>에디션</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="23" />
        <source>사용자 수(라이선스)</source>
        <translation>Users (licences)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="25" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="27" />
        <source>대표 관리자 이름</source>
        <translation>Representative admin name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="28" />
        <source>대표 관리자 로그인 ID</source>
        <translation>Representative admin login ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="29" />
        <source>접속 주소(서브도메인)</source>
        <translation>Access address (sub-domain)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="31" />
        <source>메일 도메인 (선택)</source>
        <translation>Mail domain (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="33" />
        <source>사용자 수 변경 사유</source>
        <translation>Reason for a seat change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/dialogs/site_dialog.py" line="67" />
        <source>개설된 사이트의 접속 주소는 바꿀 수 없습니다 (O4).</source>
        <translation>The access address of an opened site cannot change (O4).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_app/app.py" line="58" />
        <source>예기치 못한 오류가 났습니다. 작업은 저장되지 않았을 수 있습니다.
오류 내용을 %1 에 저장했습니다.</source>
        <translation>An unexpected error occurred. The work may not have been saved.
The details were saved to %1.</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="23" />
        <source>이름</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/licences_panel.py" line="24" />
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="24" />
        <location filename="../../desktop_app/views/account_detail.py" line="44" />
        <location filename="../../desktop_app/views/accounts_view.py" line="28" />
        <source>사이트</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="25" />
        <location filename="../../desktop_app/views/accounts_view.py" line="29" />
        <source>접속 주소</source>
        <translation>Access address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="26" />
        <source>공급사</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="27" />
        <source>패키지</source>
        <translation>Package</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="29" />
        <source>라이선스</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="30" />
        <source>사용자</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="31" />
        <location filename="../../desktop_app/views/account_detail.py" line="43" />
        <location filename="../../desktop_app/views/accounts_view.py" line="30" />
        <location filename="../../desktop_app/views/licences_panel.py" line="25" />
        <source>상태</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="36" />
        <source>신규</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="37" />
        <source>추가/변경/연장</source>
        <translation>Add/change/extend</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="38" />
        <source>완료</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="39" />
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="41" />
        <source>주문일</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="42" />
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/account_detail.py" line="45" />
        <source>합계</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="25" />
        <source>고객 계정</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="26" />
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="32" />
        <source>가격 정책</source>
        <translation>Pricing policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/accounts_view.py" line="33" />
        <source>만료일</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="28" />
        <source>사용자당 월</source>
        <translation>per user per month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="29" />
        <source>월</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="30" />
        <source>1회</source>
        <translation>once</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="31" />
        <source>라이선스당 월</source>
        <translation>per licence per month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="35" />
        <source>표본값 (sample)</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="36" />
        <source>공식 가격</source>
        <translation>Vendor price</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="38" />
        <source>상품</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="39" />
        <source>과금</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="40" />
        <source>가격</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/catalog_view.py" line="42" />
        <source>출처</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="25" />
        <source>코드</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="27" />
        <source>할인</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="28" />
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="29" />
        <source>사용</source>
        <translation>Uses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="31" />
        <source>최소 사용자</source>
        <translation>Min. users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/discounts_view.py" line="33" />
        <source>적용 상품</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="14" />
        <source>대기</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="14" />
        <source>체험</source>
        <translation>Trial</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="14" />
        <source>사용 중</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="14" />
        <source>초과 사용 중</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="15" />
        <source>만료</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="15" />
        <source>해지</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="46" />
        <source>다우오피스</source>
        <translation>DaouOffice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="46" />
        <source>네이버웍스</source>
        <translation>NAVER WORKPLACE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="51" />
        <source>무료</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="51" />
        <source>스탠다드</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="51" />
        <source>프리미엄</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="57" />
        <source>서비스형</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="57" />
        <source>엔터프라이즈형</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="61" />
        <source>4.0 정책</source>
        <translation>4.0 policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="61" />
        <source>기존 고객(legacy)</source>
        <translation>Legacy customer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="65" />
        <source>1개월 자동 결제</source>
        <translation>1 month, auto-pay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="65" />
        <source>12개월</source>
        <translation>12 months</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="69" />
        <source>사용</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/views/labels.py" line="69" />
        <source>비활성</source>
        <translation>Inactive</translation>
    </message>
</context>
</TS>