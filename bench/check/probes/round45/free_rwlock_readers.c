/* TRUTH: free — writer updates table under the write lock; readers read it under the read lock */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[8];
void *writer(void *x){ pthread_rwlock_wrlock(&rw); for (int i = 0; i < 8; i++) table[i] = i; pthread_rwlock_unlock(&rw); return 0; }
void *reader(void *x){ pthread_rwlock_rdlock(&rw); int s = table[0] + table[7]; pthread_rwlock_unlock(&rw); return (void*)(long)s; }
int main(void){
  pthread_t a, b, c;
  pthread_create(&a,0,writer,0); pthread_create(&b,0,reader,0); pthread_create(&c,0,reader,0);
  pthread_join(a,0); pthread_join(b,0); pthread_join(c,0);
  return 0;
}
