/* TRUTH: racy — main sends the fresh pointer through a pipe (write(fd, &n, ...)), then writes `n->val = 7`; the reader receives it (read) and reads q->val: the read of the pipe orders the reader only after the write() call, not after `n->val = 7`. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
struct node { int val; };
static int fds[2];
static int out;
static void *reader(void *p) {
  (void)p;
  struct node *q;
  if (read(fds[0], &q, sizeof q) != sizeof q) return 0;
  out = q->val;
  return 0;
}
int main(void) {
  pthread_t t;
  if (pipe(fds)) return 1;
  struct node *n = malloc(sizeof *n);
  if (!n) return 1;
  n->val = 1;
  pthread_create(&t, 0, reader, 0);
  if (write(fds[1], &n, sizeof n) != sizeof n) return 1;
  n->val = 7;
  pthread_join(t, 0);
  return out;
}
