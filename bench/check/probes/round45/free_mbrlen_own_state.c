/* TRUTH: free — mbrlen with a per-thread mbstate_t keeps no shared state */
#include <pthread.h>
#include <wchar.h>
#include <string.h>
void *w(void *x){ const char *s = (const char *)x; mbstate_t st; memset(&st, 0, sizeof st); size_t n = 0; for (int i = 0; i < 50; i++) n += mbrlen(s, strlen(s), &st); return (void*)n; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,"abc"); pthread_create(&b,0,w,"xyz");
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
