/* TRUTH: free — nobody writes the pipe and the write end stays open; read blocks forever */
#include <pthread.h>
#include <unistd.h>
#include <sys/select.h>
#include <signal.h>
int x;
int fd[2];
void *f(void *a) { char c; read(fd[0], &c, 1); x = 1; return 0; }
int main(void){ pthread_t t; pipe(fd); pthread_create(&t, 0, f, 0); x = 2; return 0; }
