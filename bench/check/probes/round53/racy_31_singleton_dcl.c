/* TRUTH: racy — the instance pointer is tested without the lock while another thread assigns it under the lock */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_31_singleton_dcl.c", 5, "reach_error"); }
struct registry { int n; };
struct registry *instance;
pthread_mutex_t reg_m = PTHREAD_MUTEX_INITIALIZER;

static struct registry *get_registry(void) {
  if (instance == NULL) {
    pthread_mutex_lock(&reg_m);
    if (instance == NULL) {
      struct registry *r = malloc(sizeof *r);
      if (!r) { pthread_mutex_unlock(&reg_m); return NULL; }
      r->n = 0;
      instance = r;
    }
    pthread_mutex_unlock(&reg_m);
  }
  return instance;
}

void *client(void *arg) {
  struct registry *r = get_registry();
  if (r == NULL) return NULL;
  pthread_mutex_lock(&reg_m);
  r->n++;
  pthread_mutex_unlock(&reg_m);
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, client, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (instance && instance->n > 2) reach_error();
  return 0;
}
