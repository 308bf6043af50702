/* TRUTH: racy. Double-checked locking with a plain flag: the unlocked first check reads
   `inited` (and then `config`) while another thread writes them under the lock. */
#include <pthread.h>
struct cfg { int a, b; } config;
int inited;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  if (!inited) {
    pthread_mutex_lock(&m);
    if (!inited) { config.a = 1; config.b = 2; inited = 1; }
    pthread_mutex_unlock(&m);
  }
  return &config;
}
void *user(void *arg) { return (void *)(long)get()->a; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, user, NULL);
  pthread_create(&y, NULL, user, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}
