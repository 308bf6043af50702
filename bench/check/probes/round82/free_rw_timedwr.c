/* TRUTH: free — writers use pthread_rwlock_timedwrlock (far deadline) and only write on success; readers rdlock */
#include <pthread.h>
#include <time.h>
#include <stdio.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; int v;
void *wr(void *a) { struct timespec ts; for (int i = 0; i < 200; i++) { clock_gettime(CLOCK_REALTIME, &ts); ts.tv_sec += 100; if (pthread_rwlock_timedwrlock(&rw, &ts) == 0) { v++; pthread_rwlock_unlock(&rw); } } return 0; }
void *rd(void *a) { int s = 0; for (int i = 0; i < 200; i++) { pthread_rwlock_rdlock(&rw); s += v; pthread_rwlock_unlock(&rw); } return (void *)(long)s; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wr, 0); pthread_create(&b, 0, rd, 0);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
