/* TRUTH: free — readers only read under rdlock; writer writes under wrlock */
#include <pthread.h>
#include <stdio.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER; int v;
void *rd(void *a) { int s = 0; for (int i = 0; i < 100; i++) { pthread_rwlock_rdlock(&rw); s += v; pthread_rwlock_unlock(&rw); } return (void *)(long)s; }
void *wr(void *a) { for (int i = 0; i < 100; i++) { pthread_rwlock_wrlock(&rw); v++; pthread_rwlock_unlock(&rw); } return 0; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, 0, rd, 0); pthread_create(&b, 0, rd, 0); pthread_create(&c, 0, wr, 0);
  pthread_join(a, 0); pthread_join(b, 0); pthread_join(c, 0); return 0;
}
