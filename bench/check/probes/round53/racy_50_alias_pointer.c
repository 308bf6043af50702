/* TRUTH: racy — thread A writes through an alias pointer to level, thread B writes level by name; no lock */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_50_alias_pointer.c", 4, "reach_error"); }
int level;
int *level_ptr = &level;

void *via_ptr(void *arg) { *level_ptr = 3; return 0; }
void *by_name(void *arg) { level = 4; return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, via_ptr, 0);
  pthread_create(&b, 0, by_name, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (level != 3 && level != 4) reach_error();
  return 0;
}
