/* TRUTH: free — body resets i to 0 each pass so i < 10 stays true forever (volatile write) */
#include <pthread.h>
#include <unistd.h>
#include <sys/select.h>
#include <signal.h>
int x;
void *f(void *a) { volatile int sink; for (int i = 0; i < 10; i++) { sink = i; i = 0; } x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
