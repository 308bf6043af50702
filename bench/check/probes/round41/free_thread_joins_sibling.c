/* TRUTH: free — t2 joins t1 (handle th1 written by main before creating t2) before writing x (line 6); t1's write x (line 4) happens-before; main reads after joining t2 (t1 already joined by t2). */
#include <pthread.h>
int x; pthread_t th1;
void *t1(void *a) { x = 1; return 0; }
void *t2(void *a) { pthread_join(th1, 0);
  x = 2; return 0; }
int main(void) { pthread_t th2; pthread_create(&th1, 0, t1, 0); pthread_create(&th2, 0, t2, 0); pthread_join(th2, 0); return x; }
