/* TRUTH: racy — two instances of w both write cnt (line 5) holding only the rwlock in READ mode, which does not exclude another reader. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int cnt;
void *w(void *x) { pthread_rwlock_rdlock(&rw); cnt = cnt + 1; pthread_rwlock_unlock(&rw); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0); pthread_join(a, 0); pthread_join(b, 0); return cnt; }
