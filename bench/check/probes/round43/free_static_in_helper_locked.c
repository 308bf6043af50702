/* TRUTH: free — next_id() updates its static counter under idm; ids[0] and ids[1] are distinct elements */
#include <pthread.h>
static pthread_mutex_t idm = PTHREAD_MUTEX_INITIALIZER;
static int next_id(void) { static int seq; int r; pthread_mutex_lock(&idm); r = ++seq; pthread_mutex_unlock(&idm); return r; }
int ids[2];
void *w(void *a) { long i = (long)a; ids[i] = next_id(); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)0);
  pthread_create(&y, 0, w, (void *)1);
  pthread_join(x, 0); pthread_join(y, 0);
  return ids[0] + ids[1];
}
