/* TRUTH: racy — mbrtowc with a NULL state uses one internal static mbstate_t; split UTF-8 input makes both threads write it */
#include <pthread.h>
#include <wchar.h>
#include <locale.h>
void *w(void *x){ wchar_t wc; size_t n = 0; for (int i = 0; i < 50; i++) { n += mbrtowc(&wc, "\xe2\x82", 2, NULL); n += mbrtowc(&wc, "\xac", 1, NULL); } return (void*)n; }
int main(void){
  setlocale(LC_ALL, "C.UTF-8");
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
