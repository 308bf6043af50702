/* TRUTH: racy. strlen() reads `name` while the worker writes into it. */
#include <pthread.h>
#include <string.h>
char name[32] = "abc";
void *worker(void *arg) { name[1] = 0; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  size_t n = strlen(name);
  pthread_join(t, NULL);
  return (int)n;
}
