/* TRUTH: racy. Readers hold the rwlock in read mode but bump a statistics counter, so two
   readers write `reads` concurrently. */
#include <pthread.h>
int table[8], reads;
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *reader(void *arg) {
  pthread_rwlock_rdlock(&rw); int v = table[3]; reads++; pthread_rwlock_unlock(&rw);
  return (void *)(long)v;
}
void *writer(void *arg) { pthread_rwlock_wrlock(&rw); table[3] = 7; pthread_rwlock_unlock(&rw); return NULL; }
int main(void) {
  pthread_t r1, r2, w;
  pthread_create(&r1, NULL, reader, NULL);
  pthread_create(&r2, NULL, reader, NULL);
  pthread_create(&w, NULL, writer, NULL);
  pthread_join(r1, NULL); pthread_join(r2, NULL); pthread_join(w, NULL);
  return reads;
}
