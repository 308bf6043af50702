/* TRUTH: racy — setenv modifies the environment while another thread's getenv reads it (getenv takes no lock) */
#include <pthread.h>
#include <stdlib.h>
void *setter(void *x){ for (int i = 0; i < 100; i++) setenv("WEFT_PROBE_VAR", i & 1 ? "a" : "bb", 1); return 0; }
void *getter(void *x){ const char *v = 0; for (int i = 0; i < 100; i++) v = getenv("WEFT_PROBE_VAR"); return (void*)v; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,setter,0); pthread_create(&b,0,getter,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
