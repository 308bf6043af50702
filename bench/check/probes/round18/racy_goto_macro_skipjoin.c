/* TRUTH: racy. with argc > 0 the macro's goto skips the join; x = 2 then runs while t runs */
#include <pthread.h>
int x;
pthread_t th;
void *t(void *a) { x = 1; return 0; }
#define JOIN_UNLESS(c) do { if (c) goto out; pthread_join(th, 0); out:; } while (0)
int main(int argc, char **argv) {
  pthread_create(&th, 0, t, 0);
  JOIN_UNLESS(argc > 0);
  x = 2;
  return 0;
}
