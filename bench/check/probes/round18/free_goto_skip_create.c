/* TRUTH: race-free. when the goto skips the create no thread runs; otherwise t was joined before x = 2 */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(int argc, char **argv) {
  pthread_t th;
  if (argc > 2)
    goto L;
  pthread_create(&th, 0, t, 0);
  pthread_join(th, 0);
L:
  x = 2;
  return 0;
}
