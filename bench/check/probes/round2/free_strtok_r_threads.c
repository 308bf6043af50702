/* TRUTH: free. strtok_r with a per-thread save pointer and per-thread buffer. */
#include <pthread.h>
#include <string.h>
void *worker(void *arg) {
  char line[32]; strcpy(line, "a,b,c");
  char *save;
  int n = 0;
  for (char *t = strtok_r(line, ",", &save); t; t = strtok_r(NULL, ",", &save)) n++;
  return (void *)(long)n;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
