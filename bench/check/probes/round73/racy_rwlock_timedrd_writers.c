/* TRUTH: racy — both threads write g (line 5) under a READ lock taken by pthread_rwlock_timedrdlock: readers share */ #include <pthread.h>
#include <sched.h>
#include <time.h>
int g; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *w(void *x){ for (int i=0;i<1000;i++){ struct timespec ts; clock_gettime(CLOCK_REALTIME,&ts); ts.tv_sec += 5; if (pthread_rwlock_timedrdlock(&rw, &ts) == 0) { g++; pthread_rwlock_unlock(&rw);} } return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
