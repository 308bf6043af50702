/* TRUTH: free — no signal handler is installed, so pause() never returns; x=1 unreachable */
#include <pthread.h>
#include <unistd.h>
#include <sys/select.h>
#include <signal.h>
int x;
void *f(void *a) { pause(); x = 1; return 0; }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); x = 2; return 0; }
