/* TRUTH: free — readers read table under rdlock, the writer writes it under wrlock; main reads after joins */
#include <pthread.h>
static int table[4];
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static void *reader(void *a) { int s = 0; (void)a; pthread_rwlock_rdlock(&rw); for (int i = 0; i < 4; i++) s += table[i]; pthread_rwlock_unlock(&rw); return (void *)(long)s; }
static void *writer(void *a) { (void)a; pthread_rwlock_wrlock(&rw); for (int i = 0; i < 4; i++) table[i] = i * i; pthread_rwlock_unlock(&rw); return 0; }
int main(void) {
  pthread_t r1, r2, w;
  pthread_create(&r1, 0, reader, 0); pthread_create(&w, 0, writer, 0); pthread_create(&r2, 0, reader, 0);
  pthread_join(r1, 0); pthread_join(w, 0); pthread_join(r2, 0);
  return table[3];
}
