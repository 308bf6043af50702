/* TRUTH: racy — the malloc'd session object reached via global pointer is updated by two threads without any lock */
#include <pthread.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_11_global_ptr_unlocked.c", 5, "reach_error"); }
struct session { int requests; int bytes; };
struct session *sess;

void *handler(void *arg) {
  sess->requests++;
  sess->bytes += 512;
  return NULL;
}

int main(void) {
  sess = malloc(sizeof *sess);
  if (!sess) return 0;
  sess->requests = 0;
  sess->bytes = 0;
  pthread_t a, b;
  pthread_create(&a, NULL, handler, NULL);
  pthread_create(&b, NULL, handler, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (sess->requests > 2) reach_error();
  free(sess);
  return 0;
}
