/* TRUTH: free — limits and names are statically initialised and only ever read */
#include <pthread.h>
#include <string.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_50_readonly_globals.c", 6, "reach_error"); }
static const int limits[4] = { 10, 20, 30, 40 };
static const char *names[4] = { "a", "bb", "ccc", "dddd" };
int max_limit = 40;

void *checker(void *arg) {
  int id = (int)(intptr_t)arg;
  if (limits[id] > max_limit) reach_error();
  if (strlen(names[id]) != (size_t)(id + 1)) reach_error();
  return NULL;
}

int main(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, checker, (void *)(intptr_t)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return 0;
}
