/* TRUTH: racy — worker b stores `environ = empty` while worker a's getenv reads `environ` (the same object getenv reads). */
#include <pthread.h>
#include <stdlib.h>
extern char **environ;
static char *empty[] = {0};
static const char *home;
static void *a(void *p) { (void)p; home = getenv("HOME"); return 0; }
static void *b(void *p) { (void)p; environ = empty; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return home != 0;
}
