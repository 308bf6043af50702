/* TRUTH: racy — both threads take only the READ lock (shared), so writer's `val++` (line 6) and reader's read of val (line 7) can run together. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int val; int seen;
void *writer(void *x) { pthread_rwlock_rdlock(&rw); val++; pthread_rwlock_unlock(&rw); return 0; }
void *reader(void *x) { pthread_rwlock_rdlock(&rw); seen = val; pthread_rwlock_unlock(&rw); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, writer, 0); pthread_create(&b, 0, reader, 0); pthread_join(a, 0); pthread_join(b, 0); return seen; }
