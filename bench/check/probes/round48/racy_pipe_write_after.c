/* TRUTH: racy — main writes to the pipe before writing x, so the reader's x++ after read() can overlap main's x = 1 */
#include <pthread.h>
#include <unistd.h>
int x; int fds[2];
void *t(void *a) {
  char c;
  while (read(fds[0], &c, 1) != 1) ;
  x++;
  return 0;
}
int main(void) {
  pthread_t th;
  if (pipe(fds)) return 1;
  pthread_create(&th, 0, t, 0);
  if (write(fds[1], "g", 1) != 1) return 1;
  x = 1;
  pthread_join(th, 0);
  return x;
}
