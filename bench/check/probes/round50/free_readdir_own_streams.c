/* TRUTH: free — main reads the entry readdir returned for main's own directory stream; the thread calls readdir on another stream, which writes only that stream's buffer (glibc: dirp->data), so nothing is shared ("/" always has entries: e is not NULL) */
#include <pthread.h>
#include <dirent.h>
void *skipper(void *arg)
{
    DIR *d = opendir("/tmp");
    readdir(d);
    closedir(d);
    return 0;
}
int main()
{
    pthread_t b;
    DIR *d = opendir("/");
    struct dirent *e = readdir(d);
    pthread_create(&b, 0, skipper, 0);
    int n = (int)e->d_ino;
    pthread_join(b, 0);
    closedir(d);
    return n;
}
