/* TRUTH: racy — two threads increment a global counter without any lock */
#include <pthread.h>
int counter;
void *w(void *a){ (void)a; for (int i = 0; i < 1000; i++) counter++; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,w,0); pthread_create(&t2,0,w,0);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
