/* TRUTH: racy — getopt is not thread-safe: both workers call it, each reading and updating the library globals optind/optarg and getopt's static state concurrently. */
#include <pthread.h>
#include <unistd.h>
static char *args0[] = {"prog", "-a", "-b", 0};
static char *args1[] = {"prog", "-c", 0};
static int seen[2];
static void *w(void *p) {
  long id = (long)p;
  char **argv = id ? args1 : args0;
  int argc = id ? 2 : 3;
  seen[id] = getopt(argc, argv, "abc");
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)0);
  pthread_create(&y, 0, w, (void *)1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return seen[0];
}
