/* TRUTH: racy — a helper called by main drops and retakes m; w may pass then and read g (line 5) while main writes g (line 9) */ #include <pthread.h>
#include <sched.h>
#include <time.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ pthread_mutex_lock(&m); pthread_mutex_unlock(&m); return (void*)(long)g; }
static void breathe(void){ pthread_mutex_unlock(&m); sched_yield(); pthread_mutex_lock(&m); }
int main(void){ pthread_t t; pthread_mutex_lock(&m); pthread_create(&t,0,w,0); breathe();
  g = 5;
  pthread_mutex_unlock(&m); pthread_join(t,0); return 0; }
