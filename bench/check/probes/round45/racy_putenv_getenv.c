/* TRUTH: racy — putenv/unsetenv modify the environment array while another thread's getenv scans it unlocked */
#include <pthread.h>
#include <stdlib.h>
static char e1[] = "WEFT_P1=1";
void *setter(void *x){ for (int i = 0; i < 100; i++) { putenv(e1); unsetenv("WEFT_P1"); } return 0; }
void *getter(void *x){ const char *v = 0; for (int i = 0; i < 100; i++) v = getenv("WEFT_P1"); return (void*)v; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,setter,0); pthread_create(&b,0,getter,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
