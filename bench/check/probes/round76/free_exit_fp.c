/* TRUTH: free — quit is a const pointer to exit; f exits before the write */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include <assert.h>
int x;
static void (*const quit)(int) = exit;
void *f(void *a) { quit(0); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
