/* TRUTH: racy. strtok keeps hidden static state; two threads tokenize concurrently. */
#include <pthread.h>
#include <string.h>
void *worker(void *arg) {
  char line[32]; strcpy(line, "a,b,c");
  int n = 0;
  for (char *t = strtok(line, ","); t; t = strtok(NULL, ",")) n++;
  return (void *)(long)n;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
