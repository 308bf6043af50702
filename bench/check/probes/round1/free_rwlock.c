/* TRUTH: free. The writer holds the write lock, readers hold the read lock. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[4];
void *writer(void *arg) { pthread_rwlock_wrlock(&rw); table[1] = 5; pthread_rwlock_unlock(&rw); return NULL; }
void *reader(void *arg) { pthread_rwlock_rdlock(&rw); long v = table[1]; pthread_rwlock_unlock(&rw); return (void *)v; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, NULL, writer, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_create(&c, NULL, reader, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL); pthread_join(c, NULL);
  return 0;
}
