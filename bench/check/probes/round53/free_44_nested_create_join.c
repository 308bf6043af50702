/* TRUTH: free — outer thread writes stage before creating inner, joins inner before writing again; main joins outer before reading */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_44_nested_create_join.c", 4, "reach_error"); }
int stage;

void *inner(void *arg) {
  if (stage != 1) reach_error();
  stage = 2;
  return 0;
}

void *outer(void *arg) {
  pthread_t in;
  stage = 1;
  pthread_create(&in, 0, inner, 0);
  pthread_join(in, 0);
  stage = stage + 1;
  return 0;
}

int main(void) {
  pthread_t o;
  pthread_create(&o, 0, outer, 0);
  pthread_join(o, 0);
  if (stage != 3) reach_error();
  return 0;
}
