/* TRUTH: racy — run_async() creates and detaches; main's later read of answer is not ordered with the write */
#include <pthread.h>
#include <unistd.h>
int answer;
static void run_async(void *(*fn)(void *)){ pthread_t t; pthread_create(&t,0,fn,0); pthread_detach(t); }
static void *compute(void *a){ answer = 42; return 0; }
int main(void){
  run_async(compute);
  usleep(1000);
  return answer;
}
