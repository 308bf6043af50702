/* TRUTH: racy. argc > 0: the macro's goto skips the join and x = 2 races with t */
#include <pthread.h>
int x;
pthread_t th;
void *t(void *a) { x = 1; return 0; }
#define JOIN_UNLESS(c) if (c) goto out; pthread_join(th, 0); out:;
int main(int argc, char **argv) {
  pthread_create(&th, 0, t, 0);
  JOIN_UNLESS(argc > 0)
  x = 2;
  return 0;
}
