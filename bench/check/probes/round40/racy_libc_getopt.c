/* TRUTH: racy — getopt's hidden state (optind, nextchar) written by both threads' getopt calls (line 7). */
#include <pthread.h>
#include <unistd.h>
char *av[] = {"p", "-a", 0};
void *w(void *x) {
  int c;
  while ((c = getopt(2, av, "a")) != -1) { }
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
