/* TRUTH: free — setenv runs in main before any thread exists; the threads only call getenv */
#include <pthread.h>
#include <stdlib.h>
void *w(void *x){ const char *v = getenv("WEFT_PROBE_VAR"); return (void*)(long)(v ? v[0] : 0); }
int main(void){
  setenv("WEFT_PROBE_VAR", "on", 1);
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  unsetenv("WEFT_PROBE_VAR");
  return 0;
}
