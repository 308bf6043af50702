/* TRUTH: racy — body sets i to itself; loop ends and f writes x */
#include <pthread.h>
#include <unistd.h>
#include <sys/select.h>
#include <signal.h>
int x;
void *f(void *a) { volatile int sink; for (int i = 0; i < 10; i++) { sink = i; i = i; } x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; pthread_join(t, 0); return 0; }
