/* TRUTH: racy — ERRORCHECK mutex: the second lock fails with EDEADLK (no count), so one unlock releases m and g++ (line 8) is unprotected */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_mutex_t m;
void *w(void *x){ for (int i=0;i<100;i++){
  pthread_mutex_lock(&m);
  pthread_mutex_lock(&m);
  pthread_mutex_unlock(&m);
  g++;
  pthread_mutex_unlock(&m); } return 0; }
int main(void){ pthread_mutexattr_t at; pthread_mutexattr_init(&at); pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK); pthread_mutex_init(&m, &at); pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
