/* TRUTH: free — main writes 'input' before create and reads 'output' after join; the thread's accesses lie between */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int input, output;

void *square(void *arg) {
  output = input * input;
  return 0;
}

int main(void) {
  pthread_t t;
  input = 7;
  pthread_create(&t, 0, square, 0);
  pthread_join(t, 0);
  if (output != 49) reach_error();
  input = 0;
  return 0;
}
