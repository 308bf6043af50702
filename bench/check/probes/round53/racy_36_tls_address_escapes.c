/* TRUTH: racy — the owner's __thread counter address is published through a global; the helper writes through it while the owner writes it */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_36_tls_address_escapes.c", 4, "reach_error"); }
static __thread int local_hits;
int *published;
pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;

void *helper(void *arg) {
  pthread_mutex_lock(&pm);
  int *p = published;
  pthread_mutex_unlock(&pm);
  if (p) *p = 100;
  return NULL;
}

void *owner(void *arg) {
  pthread_mutex_lock(&pm);
  published = &local_hits;
  pthread_mutex_unlock(&pm);
  for (int i = 0; i < 3; i++) local_hits++;
  pthread_t h;
  pthread_create(&h, NULL, helper, NULL);
  pthread_join(h, NULL);
  return NULL;
}

void *other(void *arg) {
  pthread_mutex_lock(&pm);
  int *p = published;
  pthread_mutex_unlock(&pm);
  if (p) *p = 7;
  return NULL;
}

int main(void) {
  pthread_t o, x;
  pthread_create(&o, NULL, owner, NULL);
  pthread_create(&x, NULL, other, NULL);
  pthread_join(o, NULL);
  pthread_join(x, NULL);
  return 0;
}
