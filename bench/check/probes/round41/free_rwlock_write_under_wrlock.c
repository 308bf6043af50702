/* TRUTH: free — writer holds the write lock for val++; reader holds the read lock for its read of val; a write lock excludes readers. seen written only by reader, read by main after join. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int val; int seen;
void *writer(void *x) { pthread_rwlock_wrlock(&rw); val++; pthread_rwlock_unlock(&rw); return 0; }
void *reader(void *x) { pthread_rwlock_rdlock(&rw); seen = val; pthread_rwlock_unlock(&rw); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, writer, 0); pthread_create(&b, 0, reader, 0); pthread_join(a, 0); pthread_join(b, 0); return seen; }
