/* TRUTH: free — C11 call_once initialises the shared greeting; threads read it only after call_once returns */
#include <threads.h>
#include <stdio.h>
#include <string.h>

static once_flag flag = ONCE_FLAG_INIT;
static char greeting[32];
static int greet_len;

static void init_greeting(void) {
  strcpy(greeting, "hello, world");
  greet_len = (int)strlen(greeting);
}

static int reader(void *arg) {
  int *out = arg;
  call_once(&flag, init_greeting);
  *out = greet_len + greeting[0];
  return 0;
}

int main(void) {
  thrd_t t[3];
  int outs[3];
  for (int i = 0; i < 3; i++) thrd_create(&t[i], reader, &outs[i]);
  for (int i = 0; i < 3; i++) thrd_join(t[i], NULL);
  printf("%d %d %d\n", outs[0], outs[1], outs[2]);
  return 0;
}
