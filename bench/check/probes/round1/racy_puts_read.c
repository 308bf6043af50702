/* TRUTH: racy. The worker writes the characters of `msg` while main prints it with
   puts(), which reads them; nothing orders the two. */
#include <pthread.h>
#include <stdio.h>
char msg[16] = "hello";
void *worker(void *arg) { msg[0] = 'j'; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  puts(msg);
  pthread_join(t, NULL);
  return 0;
}
