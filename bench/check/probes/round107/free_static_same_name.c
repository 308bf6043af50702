/* TRUTH: free — two functions each own a static array named buf; each starts f with its own buf; f writes p[0] */
#include <pthread.h>
void *f(void *a){ int *p = a; p[0] = 1; return 0; }
static void one(pthread_t *t){ static int buf[4]; pthread_create(t,0,f,buf); }
static void two(pthread_t *t){ static int buf[4]; pthread_create(t,0,f,buf); }
int main(void){ pthread_t t1,t2; one(&t1); two(&t2);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
