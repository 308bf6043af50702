/* TRUTH: racy — start pointer reassigned to real starter; stop pointer is noop; main reads x while worker writes */
#include <pthread.h>
int x; pthread_t th;
void *w(void *p){ x = 5; return 0; }
void st_noop(void){}
void st_real(void){ pthread_create(&th,0,w,0); }
int main(void){ void (*start)(void) = st_noop; start = st_real; start(); int r = x; pthread_join(th,0); return r; }
